"""Sphinx configuration for the therapy_homework documentation."""

import importlib.metadata
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

project = "therapy_homework"
author = "therapy_homework maintainers"
copyright = "2026, therapy_homework maintainers"
release = importlib.metadata.version("therapy-homework")
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
    "_ext_reference",
    "_ext_evidence",
    "_ext_doctest",
]
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_typehints_format = "short"
autodoc_default_options = {"members": True}
autodoc_type_aliases = {"Text": "str", "ShortText": "str", "Identifier": "str"}
nitpicky = False


html_theme = "furo"
html_title = "therapy_homework"
exclude_patterns = ["_build", "_generated"]
