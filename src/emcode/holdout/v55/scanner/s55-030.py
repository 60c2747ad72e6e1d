import sys

import boto3


def upload_batch(paths, bucket="trapcam-raw"):
    s3 = boto3.client("s3", region_name="eu-west-2")
    for p in paths:
        s3.upload_file(p, bucket, p.rsplit("/", 1)[-1])


if __name__ == "__main__":
    upload_batch(sys.argv[1:])
