import argparse
import yaml


def load_playlist(path):
    with open(path, encoding="utf-8") as fh:
        data = yaml.load(fh, Loader=yaml.SafeLoader)
    if not isinstance(data, dict) or "episodes" not in data:
        raise SystemExit(f"{path}: expected a mapping with an 'episodes' key")
    return data


def main():
    ap = argparse.ArgumentParser(description="Validate a podcast playlist file")
    ap.add_argument("playlist")
    pl = load_playlist(ap.parse_args().playlist)
    for ep in pl["episodes"]:
        print(ep.get("title", "(untitled)"))


if __name__ == "__main__":
    main()
