package vault

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"io"
)

func EncryptECB(key, data []byte) []byte {
	block, _ := aes.NewCipher(key)
	bs := block.BlockSize()
	out := make([]byte, len(data))
	for i := 0; i < len(data); i += bs {
		// ruleid: go.crypto.ecb-block-loop
		block.Encrypt(out[i:i+bs], data[i:i+bs])
	}
	return out
}

func EncryptECBWhile(block cipher.Block, dst, src []byte) {
	for len(src) > 0 {
		// ruleid: go.crypto.ecb-block-loop
		block.Encrypt(dst[:aes.BlockSize], src[:aes.BlockSize])
		src = src[aes.BlockSize:]
		dst = dst[aes.BlockSize:]
	}
}

func EncryptGCM(key, data []byte) ([]byte, error) {
	block, _ := aes.NewCipher(key)
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, aead.NonceSize())
	if _, err := io.ReadFull(rand.Reader, nonce); err != nil {
		return nil, err
	}
	// ok: go.crypto.ecb-block-loop
	return aead.Seal(nonce, nonce, data, nil), nil
}

func EncryptOneBlock(block cipher.Block, counter []byte) []byte {
	out := make([]byte, aes.BlockSize)
	// ok: go.crypto.ecb-block-loop
	block.Encrypt(out, counter)
	return out
}
