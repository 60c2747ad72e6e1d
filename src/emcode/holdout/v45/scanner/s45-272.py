import argparse

import yaml


def main():
    ap = argparse.ArgumentParser(description="Validate an escape room definition")
    ap.add_argument("room_file")
    args = ap.parse_args()
    with open(args.room_file) as fh:
        room = yaml.safe_load(fh) or {}
    errors = []
    for i, puzzle in enumerate(room.get("puzzles", []), 1):
        if "solution" not in puzzle:
            errors.append(f"puzzle {i} has no solution")
        if puzzle.get("minutes", 0) > room.get("duration", 60):
            errors.append(f"puzzle {i} is longer than the ro