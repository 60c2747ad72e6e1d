import sys

import boto3

s3 = boto3.client(
    "s3",
    aws_access_key_id="AKIAQ7R2HARVEST4LOGS",
    aws_secret_access_key="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",
    region_name="eu-west-1",
)


def main():
    for path in sys.argv[1:]:
        key = "harvest-logs/" + path.rsplit("/", 1)[-1]
        s3.upload_file(path, "estate-vineyard-data", key)
        print("uploaded", key)


if __name__ == "__main__":
    main()
