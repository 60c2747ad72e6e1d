import sys
import yaml


def load_playlist(path):
    with open(path, "r") as fh:
        return yaml.unsafe_load(fh)


def main():
    if len(sys.argv) != 2:
        print("usage: playlist.py FILE")
        return 2
    data = load_playlist(sys.argv[1])
    for i, track in enumerate(data.get("tracks", []), 1):
        print(f"{i:02d}. {track['artist']} - {track['title']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
