import logging

logger = logging.getLogger(__name__)


def _one_line(text):
    return text.replace("\r", "\\r").replace("\n", "\\n")


def schedule_issue(queue, subject, send_at):
    job_id = queue.enqueue(subject=subject, send_at=send_at)
    logger.info("scheduled issue '%s' for %s as job %s", _one_line(subject), send_at, job_id)
    return job_id
