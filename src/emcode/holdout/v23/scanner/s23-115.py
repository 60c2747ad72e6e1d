import argparse
import yaml


def load_playlist(path):
    with open(path) as fh:
        return yaml.unsafe_load(fh)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("playlist")
    for ep in load_playlist(ap.parse_args().playlist)["episodes"]:
        print(ep["title"])
