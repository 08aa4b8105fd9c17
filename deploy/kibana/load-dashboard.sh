#!/bin/sh
# Loads the Eventwire saved objects (data views, visualizations, saved searches, dashboard) into Kibana through
# the saved objects import API. overwrite=true: running it again updates the objects instead of failing.
# Run by the `kibana-setup` service of docker-compose.yml; by hand:
#   KIBANA_URL=http://localhost:5601 DASHBOARD_FILE=deploy/kibana/eventwire-dashboard.ndjson sh deploy/kibana/load-dashboard.sh
set -eu
KIBANA_URL="${KIBANA_URL:-http://kibana:5601}"
DASHBOARD_FILE="${DASHBOARD_FILE:-/deploy/kibana/eventwire-dashboard.ndjson}"

response=$(curl -sS -X POST "$KIBANA_URL/api/saved_objects/_import?overwrite=true" \
  -H 'kbn-xsrf: true' --form "file=@$DASHBOARD_FILE")
echo "$response"
case "$response" in
  *'"success":true'*)
    echo "kibana-setup: dashboard loaded: /app/dashboards#/view/eventwire-overview (http://localhost:5601 from the host)" ;;
  *)
    echo "kibana-setup: the import failed (see the response above)" >&2
    exit 1 ;;
esac
