"""Write the FHIR Questionnaires the package ships, from the field plan.

    python tools/fhir_questionnaires.py          # write src/therapy_homework/fhir/questionnaires/
    python tools/fhir_questionnaires.py --check  # fail if a file is stale (the suite checks too)

The files are what :func:`therapy_homework.fhir.questionnaire` returns for the kit's own
record types, for loading into a FHIR server; the function stays the source of truth.
"""

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from therapy_homework.fhir import questionnaires  # noqa: E402

FOLDER = ROOT / "src" / "therapy_homework" / "fhir" / "questionnaires"


def expected() -> dict[str, str]:
    """Each file's name and text."""
    return {
        f"{resource['id']}.json": json.dumps(resource, indent=2, ensure_ascii=False) + "\n"
        for resource in questionnaires().values()
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="fail if a file is stale")
    args = parser.parse_args()
    files = expected()
    present = {p.name for p in FOLDER.glob("*.json")} if FOLDER.exists() else set()
    if args.check:
        stale = sorted(
            name
            for name, text in files.items()
            if not (FOLDER / name).exists() or (FOLDER / name).read_text(encoding="utf-8") != text
        )
        stale += sorted(present - set(files))
        if stale:
            print(f"stale: {', '.join(stale)}; run python tools/fhir_questionnaires.py")
            return 1
        return 0
    FOLDER.mkdir(exist_ok=True)
    for name in present - set(files):
        (FOLDER / name).unlink()
    for name, text in files.items():
        (FOLDER / name).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
