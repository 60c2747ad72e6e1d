from django.http import HttpResponse
from django.views.decorators.http import require_GET

from .models import Appointment


@require_GET
def appointments_for_pet(request):
    pet_name = request.GET.get("pet", "")
    qs = Appointment.objects.filter(pet__name__iexact=pet_name).order_by("starts_at")
    lines = [f"<li>{a.starts_at:%d %b %H:%M} with Dr {a.vet.last_name}</li>" for a in qs]
    html = f"<h2>Appointments for {pet_name}</h2><ul>{''.join(lines)}</ul>"
    return HttpResponse(html)
