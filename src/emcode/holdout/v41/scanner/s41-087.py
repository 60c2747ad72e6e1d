from django.http import HttpResponse
from django.utils.html import escape

from .models import Patient


def patient_badge(request, pk):
    patient = Patient.objects.get(pk=pk)
    nickname = escape(request.GET.get("nickname", patient.name))
    html_doc = (
        "<div class='badge'>"
        f"<span class='name'>{nickname}</span>"
        f"<span class='species'>{escape(patient.species)}</span>"
        "</div>"
    )
    return HttpResponse(html_doc)
