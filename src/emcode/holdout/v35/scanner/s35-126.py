import logging

logger = logging.getLogger(__name__)


def schedule_issue(queue, subject, send_at):
    job_id = queue.enqueue(subject=subject, send_at=send_at)
    logger.info(f"scheduled issue '{subject}' for {send_at} as job {job_id}")
    return job_id
