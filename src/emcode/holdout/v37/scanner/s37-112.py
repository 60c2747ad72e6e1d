import argparse
import json
import subprocess


def gps_from_photo(path):
    out = subprocess.check_output(["exiftool", "-json", "-GPSLatitude", "-GPSLongitude", "-n", path])
    data = json.loads(out)[0]
    return data.get("GPSLatitude"), data.get("GPSLongitude")


def main():
    ap = argparse.ArgumentParser(description="Print GPS position of claim photos")
    ap.add_argument("photos", nargs="+")
    for p in ap.parse_args().photos:
        lat, lon = gps_from_photo(p)
        print(f"{p}: {lat}, {lon}")


if __name__ == "__main__":
    main()
