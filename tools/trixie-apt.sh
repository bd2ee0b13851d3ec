# trixie-apt.sh — sourced by the fetch scripts (fetch-mujs.sh,
# fetch-llhttp.sh): an apt configuration of its own, in a temporary
# directory, whose only source is Debian's trixie suite on the archive this
# machine's apt already uses (so no host is written here). Nothing is
# installed into the system: the scripts download a package and unpack it
# under third_party/.
#   trixie_apt DIR deb|deb-src   sets $APT (the apt-get options) and runs
#                                apt-get update into DIR
trixie_archive() {
  a=$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '/^URIs:/ {print $2}' | grep -v security | grep -i debian | head -n1 || true)
  if [ -z "$a" ]; then
    a=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null | awk '$1=="deb" {for(i=2;i<=NF;i++) if ($i ~ /^[a-z]+:\/\//) {print $i; exit}}' | grep -v security | head -n1 || true)
  fi
  printf '%s' "$a"
}

trixie_apt() {
  ta_dir=$1
  ta_kind=$2
  ta_archive=$(trixie_archive)
  if [ -z "$ta_archive" ]; then
    echo "trixie-apt: cannot find the Debian archive in /etc/apt sources" >&2
    return 1
  fi
  mkdir -p "$ta_dir/lists/partial" "$ta_dir/cache/archives/partial" "$ta_dir/etc/preferences.d" \
    "$ta_dir/etc/sources.list.d"
  echo "$ta_kind $ta_archive trixie main" > "$ta_dir/etc/sources.list"
  APT="-o Dir::Etc::SourceList=$ta_dir/etc/sources.list -o Dir::Etc::SourceParts=$ta_dir/etc/sources.list.d -o Dir::State::Lists=$ta_dir/lists -o Dir::State::Status=$ta_dir/status -o Dir::Cache=$ta_dir/cache -o Dir::Etc::Preferences=$ta_dir/etc/preferences -o Dir::Etc::PreferencesParts=$ta_dir/etc/preferences.d -o APT::Sandbox::User=root -o Acquire::Languages=none"
  : > "$ta_dir/status"
  # shellcheck disable=SC2086
  apt-get $APT update -qq >/dev/null
}
