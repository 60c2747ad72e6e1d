from django.http import HttpResponse
from django.template import Context, Template
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_POST

TPL = Template("<div class='note'>{{ note }}</div>")


@require_POST
def add_transcript_note(request):
    text = request.POST.get("text", "")
    speaker = request.POST.get("speaker", "Court")
    note = mark_safe(f"<b>{speaker}:</b> {text}")
    return HttpResponse(TPL.render(Context({"note": note})))
