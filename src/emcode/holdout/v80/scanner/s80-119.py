import argparse
import importlib

PLUGINS = {"csv": "exporters.csv_export", "json": "exporters.json_export", "xlsx": "exporters.xlsx_export"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("format", choices=sorted(PLUGINS))
    ap.add_argument("out")
    args = ap.parse_args()
    mod = importlib.import_module(PLUGINS[args.format])
    mod.export_donations(args.out)


if __name__ == "__main__":
    main()
