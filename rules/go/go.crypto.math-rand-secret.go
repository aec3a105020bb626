package tokens

import (
	"fmt"
	"math/rand"
	"time"
)

const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

func GenerateToken(n int) string {
	rand.Seed(time.Now().UnixNano())
	b := make([]byte, n)
	for i := range b {
		// ruleid: go.crypto.math-rand-secret
		b[i] = letters[rand.Intn(len(letters))]
	}
	return string(b)
}

func SendOTP(phone string) {
	// ruleid: go.crypto.math-rand-secret
	otp := fmt.Sprintf("%06d", rand.Intn(1000000))
	fmt.Println("sending", otp, "to", phone)
}

func Backoff(attempt int) time.Duration {
	// ok: go.crypto.math-rand-secret
	jitter := time.Duration(rand.Intn(100)) * time.Millisecond
	return time.Duration(attempt)*time.Second + jitter
}

func PickServer(servers []string) string {
	// ok: go.crypto.math-rand-secret
	return servers[rand.Intn(len(servers))]
}
