from django.http import HttpResponse
from django.utils.html import format_html, format_html_join
from django.views.decorators.http import require_GET

from .models import Appointment


@require_GET
def appointments_for_pet(request):
    pet_name = request.GET.get("pet", "")
    qs = Appointment.objects.filter(pet__name__iexact=pet_name).order_by("starts_at")
    items = format_html_join(
        "", "<li>{} with Dr {}</li>",
        ((a.starts_at.strftime("%d %b %H:%M"), a.vet.last_name) for a in qs),
    )
    html = format_html("<h2>Appointments for {}</h2><ul>{}</ul>", pet_name, items)
    return HttpResponse(html)
