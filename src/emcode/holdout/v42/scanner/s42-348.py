import logging

from django.db import DatabaseError
from django.http import JsonResponse

from tournaments.models import Match

logger = logging.getLogger(__name__)


def match_detail(request, match_id):
    try:
        m = Match.objects.select_related("team_a", "team_b").get(pk=match_id)
    except Match.DoesNotExist:
        return JsonResponse({"error": "not found"}, status=404)
    except DatabaseError:
        logger.exception("match lookup failed for id=%s", match_id)
        return JsonResponse({"error": "temporarily unavailable"}, status=503)
    return JsonResponse({"id": m.pk, "a": m.team_a.name, "b": m.team_b.name, "score": m.score})
