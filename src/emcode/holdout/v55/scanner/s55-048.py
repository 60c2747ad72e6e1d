"""Generate printable boarding cards as HTML files for a sailing."""
import argparse
import csv
import html
from pathlib import Path


def card(row):
    return (
        "<section class='card'>"
        f"<h2>{html.escape(row['passenger'])}</h2>"
        f"<p>Ticket {html.escape(row['ref'])} &middot; Deck {html.escape(row.get('deck', '-'))}</p>"
        "</section>"
    )


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("manifest")
    ap.add_argument("out")
    a = ap.parse_args()
    with open(a.manifest, newline="") as fh:
        cards = [card(r) for r in csv.DictReader(fh)]
    Path(a.out).write_text("<html><body>" + "\n".join(cards) + "</body></html>", encoding="utf-8")


if __name__ == "__main__":
    main()
