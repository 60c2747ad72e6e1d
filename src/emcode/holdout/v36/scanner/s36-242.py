from django.shortcuts import render
from django.utils.safestring import mark_safe
from django.views import View


class ShipmentNoteView(View):
    template_name = "shipments/note.html"

    def get(self, request, ref):
        remark = request.GET.get("remark", "")
        context = {
            "ref": ref,
            "remark": mark_safe(f"<span class='remark'>{remark}</span>"),
        }
        return render(request, self.template_name, context)
