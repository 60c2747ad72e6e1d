import argparse

TEMPLATE = "{team} play {opponent} at {venue} on {date:%A %d %B}"


def main():
    from datetime import date
    ap = argparse.ArgumentParser()
    ap.add_argument("team")
    ap.add_argument("opponent")
    ap.add_argument("--venue", default="Riverside Park")
    ap.add_argument("--date", type=date.fromisoformat, default=date.today())
    a = ap.parse_args()
    print(TEMPLATE.format(team=a.team, opponent=a.opponent, venue=a.venue, date=a.date))


if __name__ == "__main__":
    main()
