import boto3
import sys

s3 = boto3.client(
    "s3",
    aws_access_key_id="AKIAIOSFODNN7EXAMPLE",
    aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
)

for path in sys.argv[1:]:
    s3.upload_file(path, "museum-audio-guides", path.rsplit("/", 1)[-1])
