import sys
from pathlib import Path

import boto3

BUCKET = "estate-vineyard-data"


def main():
    s3 = boto3.client("s3")
    for arg in sys.argv[1:]:
        path = Path(arg)
        key = "harvest-logs/" + path.name
        s3.upload_file(str(path), BUCKET, key)
        print("uploaded", key)


if __name__ == "__main__":
    main()
