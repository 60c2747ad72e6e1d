from django.http import HttpResponse
from django.views.decorators.http import require_GET


@require_GET
def tooth_chart(request):
    patient_id = request.GET.get("patient", "")
    note = request.GET.get("note", "")
    html = f"<h1>Chart for patient {patient_id}</h1><p class='note'>{note}</p>"
    return HttpResponse(html)
