from django.http import HttpResponse
from django.template import Context, Template
from django.views.decorators.http import require_POST

TPL = Template("<div class='note'><b>{{ speaker }}:</b> {{ text }}</div>")


@require_POST
def add_transcript_note(request):
    text = request.POST.get("text", "")
    speaker = request.POST.get("speaker", "Court")
    return HttpResponse(TPL.render(Context({"speaker": speaker, "text": text})))
