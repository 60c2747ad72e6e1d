import sys
import yaml

def main(path: str) -> None:
    with open(path, encoding="utf-8") as fh:
        pipeline = yaml.load(fh, Loader=yaml.SafeLoader)
    for step in pipeline.get("steps", []):
        print("->", step)

if __name__ == "__main__":
    main(sys.argv[1])
