import boto3

AWS_ACCESS_KEY_ID = "AKIAQ3EXAMPLE7RZT2PL"
AWS_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY"

s3 = boto3.client(
    "s3",
    aws_access_key_id=AWS_ACCESS_KEY_ID,
    aws_secret_access_key=AWS_SECRET_ACCESS_KEY,
    region_name="eu-west-1",
)


def upload_backup(local_path, bucket="nightly-backups"):
    key = local_path.rsplit("/", 1)[-1]
    s3.upload_file(local_path, bucket,