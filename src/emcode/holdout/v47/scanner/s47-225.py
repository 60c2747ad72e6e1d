from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST

from .models import Appointment


@login_required
@require_POST
def cancel_appointment(request, appt_id):
    appt = get_object_or_404(Appointment, pk=appt_id, client__user=request.user)
    appt.status = "cancelled"
    appt.save(update_fields=["status"])
    return JsonResponse({"cancelled": appt_id})
