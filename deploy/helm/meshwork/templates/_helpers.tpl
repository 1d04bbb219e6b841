{{- define "meshwork.fullname" -}}
{{- printf "%s-meshwork" .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "meshwork.labels" -}}
app.kubernetes.io/name: meshwork
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end -}}

{{- define "meshwork.selectorLabels" -}}
app.kubernetes.io/name: meshwork
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}
