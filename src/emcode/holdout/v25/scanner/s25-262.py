import sys
import yaml as yml


def load_playlist(path):
    with open(path, "r", encoding="utf-8") as fh:
        return yml.load(fh, Loader=yml.SafeLoader)


def main():
    if len(sys.argv) != 2:
        print("usage: playlist.py FILE")
        return 2
    data = load_playlist(sys.argv[1]) or {}
    for i, track in enumerate(data.get("tracks", []), 1):
        print(f"{i:02d}. {track['artist']} - {track['title']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
