//go:build tools

// Package tools pins the two commands the test control plane runs, so `go mod tidy` keeps every module
// they need in go.mod and go.sum. The tag keeps the file out of every build: both imports are programs.
package tools

import (
	_ "go.etcd.io/etcd/server/v3"
	_ "k8s.io/kubernetes/cmd/kube-apiserver"
)
