import sys

import boto3

AWS_ACCESS_KEY_ID = "AKIAQ3EXAMPLE7HSTQ2W"
AWS_SECRET_ACCESS_KEY = "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"

s3 = boto3.client("s3", aws_access_key_id=AWS_ACCESS_KEY_ID, aws_secret_access_key=AWS_SECRET_ACCESS_KEY)

if __name__ == "__main__":
    s3.upload_file(sys.argv[1], "windfarm-logs", sys.argv[1].rsplit("/", 1)[-1])
