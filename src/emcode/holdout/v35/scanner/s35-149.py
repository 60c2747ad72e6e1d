from django.http import JsonResponse
from django.shortcuts import get_object_or_404

from .models import Participant


def participant_status(request, ref):
    if not request.user.has_perm("trials.view_participant"):
        return JsonResponse({"error": "forbidden"}, status=403)
    p = get_object_or_404(Participant, ref=ref)
    return JsonResponse({"ref": p.ref, "status": p.status, "site": p.site_code})
