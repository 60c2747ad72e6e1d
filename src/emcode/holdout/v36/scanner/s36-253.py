from django.http import HttpResponse
from django.utils.html import format_html
from django.views.decorators.http import require_GET


@require_GET
def tooth_chart(request):
    patient_id = request.GET.get("patient", "")
    note = request.GET.get("note", "")
    html = format_html("<h1>Chart for patient {}</h1><p class='note'>{}</p>", patient_id, note)
    return HttpResponse(html)
