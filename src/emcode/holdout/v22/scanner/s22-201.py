import sys

import boto3

s3 = boto3.client(
    "s3",
    aws_access_key_id="AKIAIOSFODNN7EXAMPLE",
    aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    region_name="eu-west-1",
)


def upload(path):
    s3.upload_file(path, "acme-backups", path.split("/")[-1])


if __name__ == "__main__":
    upload(sys.argv[1])
