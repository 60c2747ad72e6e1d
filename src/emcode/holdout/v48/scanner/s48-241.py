import json
import subprocess
import sys


def gps_of(photo):
    out = subprocess.run(
        ["exiftool", "-json", "-GPSLatitude", "-GPSLongitude", "-n", "--", photo],
        capture_output=True, text=True, check=True,
    )
    meta = json.loads(out.stdout)[0]
    return meta.get("GPSLatitude"), meta.get("GPSLongitude")


if __name__ == "__main__":
    for p in sys.argv[1:]:
        lat, lon = gps_of(p)
        print(f"{p}\t{lat}\t{lon}")
