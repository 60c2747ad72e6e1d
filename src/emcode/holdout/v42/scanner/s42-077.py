import psycopg2


def connect_trials_db(host="trials-db.internal"):
    return psycopg2.connect(
        host=host,
        dbname="enrolment",
        user="enrol_app",
        password="Enr0l!2024-prod",
        sslmode="require",
    )
