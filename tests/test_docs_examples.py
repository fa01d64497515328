"""Every Python example in the README and the docs runs as written.

The examples of one page run in order in one namespace, as a reader goes through the
page: a later example may use what an earlier one defined. CI also runs the docs'
examples with Sphinx's doctest builder (``docs/_ext_doctest.py``); this test keeps
the README's examples covered and gives the same answer without building the docs.
"""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
BLOCK = re.compile(r"```python\n(.*?)```", re.DOTALL)


def _pages_with_examples() -> list[Path]:
    return [page for page in PAGES if BLOCK.search(page.read_text(encoding="utf-8"))]


@pytest.mark.parametrize("page", _pages_with_examples(), ids=lambda p: p.name)
def test_examples_of_a_page_run(page: Path) -> None:
    namespace: dict[str, object] = {"__name__": "example"}
    for index, code in enumerate(BLOCK.findall(page.read_text(encoding="utf-8"))):
        exec(compile(code, f"{page.name}#{index}", "exec"), namespace)


def test_there_are_examples() -> None:
    assert len(_pages_with_examples()) >= 5


def test_every_rule_code_is_in_the_generated_reference() -> None:
    import sys

    sys.path.insert(0, str(ROOT / "docs"))
    from therapy_homework.checks import DEFAULT_REGISTRY

    reference = __import__("_ext_reference").rule_reference()
    for rule in DEFAULT_REGISTRY:
        assert f"### {rule.code}" in reference
