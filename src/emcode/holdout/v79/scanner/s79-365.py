import sys

import boto3

s3 = boto3.client("s3")

if __name__ == "__main__":
    path = sys.argv[1]
    s3.upload_file(path, "windfarm-logs", path.rsplit("/", 1)[-1])
