import os
import sys


def convert_gpx(path):
    base = os.path.splitext(path)[0]
    os.system("gpsbabel -i gpx -f " + path + " -o kml -F " + base + ".kml")


if __name__ == "__main__":
    for track in sys.argv[1:]:
        convert_gpx(track)
