"""Run every ```python example of these pages with Sphinx's doctest builder.

``sphinx -b doctest docs docs/_build/doctest`` then runs, page by page, every Python
example in the order a reader meets it, in one namespace per page (so a later example
may use what an earlier one defined), together with the ``>>>`` examples of the
docstrings that the API reference pulls in. The Python examples are written as plain
code that checks itself with ``assert``; what they print is not compared.
"""

from typing import Any

from docutils import nodes


def _quiet(code: str, source: str) -> str:
    # Run the example as written, in the page's namespace, with its printing discarded.
    return (
        "import contextlib as _contextlib, io as _io\n"
        "with _contextlib.redirect_stdout(_io.StringIO()):\n"
        f"    exec(compile({code!r}, {source!r}, 'exec'), globals())\n"
    )


def _mark_examples(app: Any, doctree: nodes.document) -> None:
    for index, node in enumerate(doctree.findall(nodes.literal_block)):
        if node.get("language") != "python" or "testnodetype" in node:
            continue
        node["testnodetype"] = "testcode"
        node["groups"] = ["default"]
        node["options"] = {}
        node["test"] = _quiet(node.astext(), f"{app.env.docname}.md, example {index + 1}")


def setup(app: Any) -> dict[str, bool]:
    app.setup_extension("sphinx.ext.doctest")
    app.connect("doctree-read", _mark_examples)
    return {"parallel_read_safe": True}
