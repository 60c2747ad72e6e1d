import subprocess
import sys
import tempfile
from pathlib import Path


def gpx_to_geojson(gpx_path: str) -> str:
    with tempfile.TemporaryDirectory(prefix="gpx-") as tmp:
        out = Path(tmp) / "track.geojson"
        subprocess.run(["ogr2ogr", "-f", "GeoJSON", str(out), gpx_path, "tracks"], check=True)
        return out.read_text()


if __name__ == "__main__":
    print(gpx_to_geojson(sys.argv[1]))
