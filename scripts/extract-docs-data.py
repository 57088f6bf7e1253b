"""Write the emulator's data files from the docs' General API page: each list call's records
as its JSON sample gives them (trailing spaces and all).

    python scripts/extract-docs-data.py ../shared/reference/general_api_docs.md
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

SECTIONS = {
    "List Currencies": ("currencies.json", "result"),
    "List Language": ("languages.json", "result"),
    "List Country": ("countries.json", "listCountry"),
    "Get Transaction Policies": ("policies.json", "policies"),
}
OUT = Path(__file__).resolve().parents[1] / "tiket_gui" / "emulator" / "data"


def main() -> int:
    page = Path(sys.argv[1]).read_text(encoding="utf-8")
    parts = re.split(r"^## ", page, flags=re.MULTILINE)
    for part in parts:
        title = part.split("\n", 1)[0].strip()
        if title not in SECTIONS:
            continue
        name, key = SECTIONS[title]
        block = re.search(r"```json\n(.*?)\n```", part, flags=re.DOTALL)
        if block is None:
            raise SystemExit(f"{title}: no JSON sample")
        records = json.loads(block.group(1))[key]
        (OUT / name).write_text(
            json.dumps(records, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        print(f"{name}: {len(records)} records")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
