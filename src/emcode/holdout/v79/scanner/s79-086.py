import sys
import tempfile


def export_gedcom(records):
    with tempfile.NamedTemporaryFile("w", suffix=".ged", delete=False) as fh:
        for r in records:
            fh.write(f"0 @I{r['id']}@ INDI\n1 NAME {r['name']}\n")
        return fh.name


if __name__ == "__main__":
    print(export_gedcom([{"id": 1, "name": sys.argv[1] if len(sys.argv) > 1 else "Unknown"}]))
