import logging
import secrets

from django.http import JsonResponse

logger = logging.getLogger(__name__)


def issue_token(request):
    token = secrets.token_urlsafe(32)
    request.user.profile.api_token = token
    request.user.profile.save()
    logger.info("issued api token %s for user id %s", token, request.user.pk)
    return JsonResponse({"token": token})
