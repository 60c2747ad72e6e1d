from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .models import Appointment


@csrf_exempt
@login_required
@require_POST
def cancel_appointment(request, appt_id):
    appt = Appointment.objects.get(pk=appt_id, client__user=request.user)
    appt.status = "cancelled"
    appt.save(update_fields=["status"])
    return JsonResponse({"cancelled": appt_id})
