import boto3

AWS_ACCESS_KEY_ID = "AKIAQ7X3MPLE4VETS22"
AWS_SECRET_ACCESS_KEY = "p8Zc1nQw9xYtR2mL5vB7kJ3hF6dS0aG4eU1iO9rT"

s3 = boto3.client(
    "s3",
    aws_access_key_id=AWS_ACCESS_KEY_ID,
    aws_secret_access_key=AWS_SECRET_ACCESS_KEY,
    region_name="eu-west-1",
)


def upload_xray(local_path, patient_id):
    key = f"xrays/{patient_id}/{local_path.rsplit('/', 1)[-1]}"
    s3.upload_file(local_path, "paws-xrays", k