import argparse
import json
import subprocess
import urllib.request


def fetch_manifest(url):
    with urllib.request.urlopen(url, timeout=10) as r:
        return json.load(r)


def main():
    ap = argparse.ArgumentParser(description="archive files listed in a manifest")
    ap.add_argument("manifest_url")
    ap.add_argument("--out", default="bundle.tar.gz")
    args = ap.parse_args()
    manifest = fetch_manifest(args.manifest_url)
    names = " ".join(manifest["files"])
    out = subprocess.check_output("tar czf %s %s" % (args.out, names), shell=True)
    print(out.decode())


if __name__ == "__main__":
    main()
