"""Write the rule reference and the template catalogue from the code, at every build.

The pages cannot drift from the kit: they are generated from the rule registry, the
message catalogue and the template catalogue each time the documentation is built.
"""

import contextlib
import io
import re
from pathlib import Path
from typing import Any

from therapy_homework.checks import DEFAULT_REGISTRY, MESSAGES
from therapy_homework.progress import chart
from therapy_homework.templates import CATALOGUE


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def rule_reference() -> str:
    """The reference of every registered rule, as MyST Markdown."""
    lines = []
    for rule in sorted(DEFAULT_REGISTRY, key=lambda r: r.code):
        words = MESSAGES.get(rule.code, rule.message)
        bad = getattr(rule, "example_bad", None)
        good = getattr(rule, "example_good", None)
        lines += [
            f"### {rule.code}",
            "",
            f"*Checker:* `{rule.checker}` · *default severity:* `{rule.severity.value}`",
            "",
            f"**What it catches, and why.** {words.message}",
            "",
            f"**What the client reads.** {words.prompt}",
            "",
        ]
        if bad and good:
            lines += [f"**Flagged:** {bad}", "", f"**Passes:** {good}", ""]
        lines += [
            f'**Switch it off:** `Policy(disabled={{"{rule.code}"}})`; or lower it with '
            f'`Policy(severities={{"{rule.code}": Severity.INFO}})`.',
            "",
        ]
    return "\n".join(lines)


def template_catalogue() -> str:
    """Every template with both versions, as MyST Markdown."""
    lines = []
    for template in CATALOGUE:
        params = ", ".join(f"`{p.name}` (e.g. {p.example})" for p in template.parameters)
        lines += [
            f"## {template.title}",
            "",
            f"`{template.id}` · {template.kind.value} · {template.approach.value}",
            "",
            f"- **Standard:** {template.example()}",
            f"- **Lighter:** {template.example(lighter=True)}",
            f"- **Parameters:** {params or 'none'}",
            f"- **Why this task:** {template.why_this_task}",
            "",
        ]
    return "\n".join(lines)


def example_chart() -> str:
    """The trend chart of the progress page, rendered to SVG by the real Vega-Lite."""
    import vl_convert  # noqa: PLC0415 - a docs dependency, needed only here

    namespace: dict[str, Any] = {}
    with contextlib.redirect_stdout(io.StringIO()):
        exec(_chart_example(), namespace)  # noqa: S102 - the page's own examples, our code
    return str(vl_convert.vegalite_to_svg(chart(namespace["before_ride"])))


def _chart_example() -> str:
    # Every example of the page up to the one marked, as a reader runs them.
    page = (Path(__file__).parent / "progress.md").read_text(encoding="utf-8")
    upto = page.index("<!-- chart-example -->")
    upto = page.index("```", page.index("```python", upto) + 3)
    return "\n".join(re.findall(r"```python\n(.*?)```", page[: upto + 3], re.DOTALL))


def _write(app: Any) -> None:
    out = Path(app.srcdir) / "_generated"
    out.mkdir(exist_ok=True)
    pages = (
        ("rules.md", rule_reference()),
        ("templates.md", template_catalogue()),
        ("belief-trend.svg", example_chart()),
    )
    for name, content in pages:
        path = out / name
        if not path.exists() or path.read_text(encoding="utf-8") != content:
            path.write_text(content, encoding="utf-8")


def setup(app: Any) -> dict[str, bool]:
    app.connect("builder-inited", _write)
    return {"parallel_read_safe": True}
