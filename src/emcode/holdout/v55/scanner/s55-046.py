"""Generate printable boarding cards as HTML files for a sailing."""
import argparse
import csv
from pathlib import Path


def card(row):
    return (
        "<section class='card'>"
        f"<h2>{row['passenger']}</h2>"
        f"<p>Ticket {row['ref']} &middot; Deck {row.get('deck', '-')}</p>"
        "</section>"
    )


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("manifest", help="CSV export from the online booking system")
    ap.add_argument("out")
    a = ap.parse_args()
    with open(a.manifest, newline="") as fh:
        cards = [card(r) for r in csv.DictReader(fh)]
    Path(a.out).write_text("<html><body>" + "\n".join(cards) + "</body></html>", encoding="utf-8")


if __name__ == "__main__":
    main()
